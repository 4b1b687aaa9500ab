package fr.pepites.learning;

import org.springframework.data.jpa.repository.JpaRepository;

interface RuleAwardRepository extends JpaRepository<RuleAward, RuleAward.Key> {
}
