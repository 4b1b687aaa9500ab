package fr.pepites.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error address the servlet container forwards to when a request ends in an error outside a page of the
 * application (a framework request it refuses, an access refused by Spring Security, a parameter of the wrong kind on
 * a public file): the French page of its status, for visitors and members alike, never Spring Boot's English
 * "Whitelabel Error Page" nor its JSON. Asked for by name, the address is not found ({@link NormalAddresses}).
 */
@Controller
class FrenchErrors implements ErrorController {

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        ContainerErrorPage.write(response, status instanceof Integer code ? code
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }
}
