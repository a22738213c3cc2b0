package org.leavetracker.functions.api;

/** One field of the API: answers from its arguments and the request (whose caller is resolved on first use). */
@FunctionalInterface
interface ApiField {

    Object resolve(Arguments arguments, ApiRequest request);
}
