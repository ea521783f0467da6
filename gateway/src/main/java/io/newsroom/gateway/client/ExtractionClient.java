package io.newsroom.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** extraction-service's synchronous extraction; the admin API reads the running extractor version from its answer. */
@RegisterRestClient(configKey = "extraction-service")
public interface ExtractionClient {

    @POST
    @Path("/api/v1/extract")
    JsonNode extract(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId,
                     ExtractionProbe request);

    record ExtractionProbe(String document, String content, String contentType) {
    }
}
