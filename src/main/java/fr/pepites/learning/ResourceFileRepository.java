package fr.pepites.learning;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResourceFileRepository extends JpaRepository<ResourceFile, Long> {
}
