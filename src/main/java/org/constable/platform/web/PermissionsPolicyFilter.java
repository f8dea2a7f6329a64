package org.constable.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the browser that no page of Constable uses the camera, microphone, location, payments or
 * device ports, so a script that got in cannot either. No page asks for the device's location
 * today (the officer's phone sends positions through the AVL feed, not the browser); a page that
 * needs it must add {@code geolocation=(self)} here. Only features Chromium knows are listed, since
 * an unknown one is a console error on every page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class PermissionsPolicyFilter extends OncePerRequestFilter {

    static final String POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), "
            + "bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), "
            + "screen-wake-lock=(), xr-spatial-tracking=()";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Permissions-Policy", POLICY);
        chain.doFilter(request, response);
    }
}
