package fr.pepites.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodeIdentityTest {

    @Test
    void withoutSettingANodeIsNamedByItsHostAndItsProcessSoTwoNodesOfOneHostDiffer() {
        assertThat(new NodeIdentity("").nodeId()).endsWith("-" + ProcessHandle.current().pid())
                .hasSizeGreaterThan(String.valueOf(ProcessHandle.current().pid()).length() + 1);
    }

    @Test
    void theSettingNamesTheNode() {
        assertThat(new NodeIdentity(" paris-2 ").nodeId()).isEqualTo("paris-2");
    }
}
