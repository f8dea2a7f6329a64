package org.constable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ConstableApplication {
    public static void main(String[] args) {
        SpringApplication.run(ConstableApplication.class, args);
    }
}
