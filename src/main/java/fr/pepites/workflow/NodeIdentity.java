package fr.pepites.workflow;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The name of this node ({@code pepites.node-id}), written by the engine in the job log of every job it runs and as the
 * owner of the jobs it locks: an operator sees which node ran a timer or an e-mail step, and which holds one. Camunda's
 * default is the machine's address, the same for every node of one host. Without the setting: the host's name and the
 * process id, different for two nodes of one host and for each start of a node.
 */
@Component
class NodeIdentity extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(NodeIdentity.class);

    private final String nodeId;

    NodeIdentity(@Value("${pepites.node-id:}") String configured) {
        this.nodeId = configured.isBlank() ? hostName() + "-" + ProcessHandle.current().pid() : configured.strip();
    }

    String nodeId() {
        return nodeId;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHostname(nodeId);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockOwner(nodeId);
        }
        LOG.info("Nœud {} (pepites.node-id) : son nom dans le journal des tâches de Camunda et sur les tâches qu'il "
                + "verrouille", nodeId);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment == null || fromEnvironment.isBlank() ? "node" : fromEnvironment;
        }
    }
}
