package org.maizuru.claims.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.maizuru.claims.association.ForgetfulAddressThrottle;

/**
 * Test fixture, deployed only to the test server: what a server keeps for itself, which tests of one pass share.
 * {@code GET /it/server} says the pass's database, day and mail port; {@code POST /it/server/clock?advance=PT5S}
 * moves the clock on, {@code POST /it/server/clock?hold=true} stops it until {@code hold=false};
 * {@code POST /it/server/sign-ins/forget} forgets the failed sign-ins counted per address.
 * Outside the API, and so outside its sign-in: a test must reach it when its address is made to wait.
 */
@WebServlet("/it/server/*")
public class ServerState extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TestClock clock;

    @Inject
    transient ForgetfulAddressThrottle throttle;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter()
                .printf(
                        "database=%s%ntoday=%s%nsmtpPort=%s%n",
                        System.getProperty(TestServer.DATABASE), clock.today(), System.getProperty("claims.smtp.port"));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String what = request.getPathInfo();
        if ("/clock".equals(what) && request.getParameter("advance") != null) {
            clock.advance(Duration.parse(request.getParameter("advance")));
        } else if ("/clock".equals(what) && "true".equals(request.getParameter("hold"))) {
            clock.hold();
        } else if ("/clock".equals(what) && "false".equals(request.getParameter("hold"))) {
            clock.release();
        } else if ("/sign-ins/forget".equals(what)) {
            throttle.forget();
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
