package fr.pepites.learning;

import org.springframework.data.jpa.repository.JpaRepository;

interface RuleAwardRepository extends JpaRepository<RuleAward, RuleAward.Key> {

    /** Which of these rules have awarded which of these learners already: one query for a whole sheet. */
    @org.springframework.data.jpa.repository.Query("select a.key from RuleAward a where a.key.ruleId in :ruleIds "
            + "and a.key.learnerKey in :learnerKeys")
    java.util.List<RuleAward.Key> awardedAmong(java.util.Collection<Long> ruleIds,
            java.util.Collection<String> learnerKeys);
}
