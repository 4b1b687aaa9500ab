package fr.pepites;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PepitesApplication {

    public static void main(String[] args) {
        SpringApplication.run(PepitesApplication.class, args);
    }
}
