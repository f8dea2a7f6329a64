package org.constable.fuzz;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.function.BiPredicate;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whatever JSON (or not JSON) is posted to any POST operation of the API, by a user who holds every
 * role, the answer is a success or an RFC 9457 problem: never a 5xx, never an uncaught exception,
 * and every 4xx body is problem JSON with its status. The operations are read from the application's
 * own OpenAPI document; an input picks one, a path id (existing, missing or not a number), whether
 * to send an Idempotency-Key, and either raw bytes as the body or the operation's sample body with
 * one value replaced, removed or an unknown property added. Requests go in-process through the whole
 * Spring MVC stack with its filters (MockMvc on the real application context and a real PostgreSQL
 * of its own). In the suite this runs over the seed corpus next to it; {@code bench/fuzz.sh
 * api-post-bodies N} fuzzes it (ADR 0053).
 */
@ConstableHttpTest
@TestPropertySource(properties = "constable.fuzz.context=own-database")
class AnyJsonPostedToTheApiFuzzTest {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Path ids: made by the fuzzer's own posts or dummy users, missing, and not numbers at all. */
    static final String[] PATH_VALUES = {"1", "2", "3", "4398046511104", "0", "-1", "x", "1.5"};

    private static volatile Target target;

    private static final BiPredicate<String, Integer> OWN_CONNECTIONS = (host, port) -> OnlyThisMachine.contains(host);

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin database;

    /** What every input shares: the stack, the operations and a signed-in user with every role. */
    record Target(
            WebApplicationContext context,
            MockMvc mvc,
            List<ApiPostOperations.Operation> ops,
            TestUsers.TestUser self) {
        long selfId() {
            return self.id();
        }
    }

    private static volatile String token;

    @FuzzTest
    void noPostedBodyGetsA5xxOrAnUncaughtException(FuzzedDataProvider data) throws Exception {
        // the application's own connections (its pool reconnecting to its database, the token
        // request to its own port) are not forgery, a connection anywhere else still is; said for
        // every input, as Jazzer sets its policy back when the fuzzing starts after the seeds
        BugDetectors.allowNetworkConnections(OWN_CONNECTIONS);
        Target t = target();
        ApiPostOperations.Operation op = t.ops().get(data.consumeInt(0, t.ops().size() - 1));
        String id = PATH_VALUES[data.consumeInt(0, PATH_VALUES.length - 1)];
        if (id.equals(Long.toString(t.selfId()))) {
            id = "4398046511104";
        }
        boolean idempotent = data.consumeBoolean();
        String path = op.path().replaceAll("\\{[^}]+}", id);
        byte[] body = body(op, data);
        var request = post(path)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + token())
                .content(body);
        if (idempotent) {
            request.header("Idempotency-Key", "fuzz-" + op.path().hashCode());
        }
        MockHttpServletResponse r = t.mvc().perform(request).andReturn().getResponse();
        check(path, body, r);
        if (r.getStatus() == 401 && !path.endsWith("/tokens")) {
            token = null; // signed out by what was posted (it never should be): sign in again
        }
    }

    private static void check(String path, byte[] body, MockHttpServletResponse r) throws Exception {
        int status = r.getStatus();
        String answer = r.getContentAsString(StandardCharsets.UTF_8);
        String what = "POST " + path + " " + new String(body, StandardCharsets.UTF_8) + " -> " + status + " "
                + r.getContentType() + " " + answer;
        if (status >= 500 || status < 200 || (status >= 300 && status < 400)) {
            throw new AssertionError("not a success or a client error: " + what);
        }
        if (status < 400) {
            return;
        }
        String type = r.getContentType();
        if (type == null || !type.startsWith("application/problem+json")) {
            throw new AssertionError("a client error without problem JSON: " + what);
        }
        JsonNode problem = JSON.readTree(answer);
        if (problem.path("status").asInt() != status
                || problem.path("title").asString("").isBlank()) {
            throw new AssertionError("a problem without its status or title: " + what);
        }
    }

    /** Raw bytes, or the sample body with one value replaced, one removed, or one unknown property added. */
    private static byte[] body(ApiPostOperations.Operation op, FuzzedDataProvider data) {
        int mode = data.consumeInt(0, 3);
        if (mode == 0 || op.sample() == null || op.fields().isEmpty()) {
            return data.consumeRemainingAsBytes();
        }
        JsonNode sample = op.sample().deepCopy();
        String pointer = op.fields().get(data.consumeInt(0, op.fields().size() - 1));
        if (mode == 1) {
            int kind = data.consumeInt(0, 7);
            JsonNode value = switch (kind) {
                case 0 -> NODES.nullNode();
                case 1 -> NODES.numberNode(data.consumeLong());
                case 2 -> NODES.numberNode(data.consumeDouble());
                case 3 -> NODES.arrayNode();
                case 4 -> NODES.objectNode();
                case 5 -> NODES.booleanNode(data.consumeBoolean());
                case 6 -> NODES.stringNode("\u0000RAW\u0000");
                default -> NODES.stringNode(data.consumeRemainingAsString());
            };
            JsonNode changed = replace(sample, pointer, value);
            String text = JSON.writeValueAsString(changed);
            if (kind == 6) {
                // the remaining input spliced in as raw JSON text, valid or not
                text = text.replace("\"\\u0000RAW\\u0000\"", data.consumeRemainingAsString());
            }
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (mode == 2) {
            return JSON.writeValueAsBytes(replace(sample, pointer, null));
        }
        JsonNode parent = sample.at(JsonPointer.compile(pointer));
        if (parent instanceof ObjectNode o) {
            o.set(data.consumeString(40), NODES.stringNode(data.consumeRemainingAsString()));
        }
        return JSON.writeValueAsBytes(sample);
    }

    /** The node with the value at {@code pointer} replaced (or removed, for null); the root is replaced whole. */
    private static JsonNode replace(JsonNode root, String pointer, JsonNode value) {
        if (pointer.isEmpty()) {
            return value == null ? NODES.missingNode() : value;
        }
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = root.at(p.head());
        String last = p.last().getMatchingProperty();
        if (parent instanceof ObjectNode o) {
            if (value == null) {
                o.remove(last);
            } else {
                o.set(last, value);
            }
        } else if (parent instanceof ArrayNode a) {
            int i = p.last().getMatchingIndex();
            if (value == null) {
                a.remove(i);
            } else {
                a.set(i, value);
            }
        }
        return root;
    }

    private Target target() throws Exception {
        Target t = target;
        if (t == null || t.context() != context) {
            if (System.getenv("JAZZER_FUZZ") != null && !database.external()) {
                // a long run counts inputs, not crash safety: its own throwaway server commits
                // without waiting for the disk, so that a machine busy writing does not set the pace
                try (Connection c = database.connect();
                        Statement s = c.createStatement()) {
                    s.execute("ALTER SYSTEM SET synchronous_commit = off");
                    s.execute("SELECT pg_reload_conf()");
                }
            }
            DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(context);
            SpringBootMockMvcBuilderCustomizer filters = new SpringBootMockMvcBuilderCustomizer(context);
            filters.setPrint(MockMvcPrint.NONE);
            filters.customize(builder);
            MockMvc mvc = builder.build();
            String doc = mvc.perform(get("/api/v1/openapi").accept(MediaType.APPLICATION_JSON))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            List<ApiPostOperations.Operation> ops = ApiPostOperations.from(JSON.readTree(doc));
            if (ops.size() < 20) {
                throw new IllegalStateException("expected the API's POST operations, found " + ops);
            }
            // a few other users first, so that the path ids 1-3 never name the fuzzing user itself
            for (int i = 0; i < 3; i++) {
                users.create(Role.CALL_HANDLER);
            }
            TestUsers.TestUser self = users.create(Role.values());
            t = new Target(context, mvc, ops, self);
            target = t;
            token = null;
        }
        return t;
    }

    private String token() {
        String t = token;
        if (t == null) {
            t = new Api(port).token(users, target.self());
            token = t;
        }
        return t;
    }
}
