package be.ariadne;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AriadneApplication {
    public static void main(String[] args) {
        SpringApplication.run(AriadneApplication.class, args);
    }
}
