package org.leavetracker.functions.packaging;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Starts one Lambda handler as the Lambda runtime would, in a JVM whose class path is its deployment package alone
 * (and this class): the handler is constructed, which wires it, then given the event read from a JSON file, if any,
 * and its answer is printed. Any class the package lacks fails here as it would in the cloud.
 */
public final class HandlerRun {

    private HandlerRun() {
    }

    public static void main(String[] args) throws Exception {
        Object handler = Class.forName(args[0]).getDeclaredConstructor().newInstance();
        System.out.println("wired " + args[0]);
        if (args.length < 2) {
            return;
        }
        Method handle = null;
        for (Method method : handler.getClass().getMethods()) {
            if (method.getName().equals("handleRequest") && !method.isBridge() && method.getParameterCount() == 2) {
                handle = method;
            }
        }
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        Object event = json.readValue(Files.readString(Path.of(args[1])), handle.getParameterTypes()[0]);
        Object answer = handle.invoke(handler, event, null);
        System.out.println("answer " + json.writeValueAsString(answer));
    }
}
