package io.newsroom.article.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@OpenAPIDefinition(
        info = @Info(title = "Newsroom article service", version = "1.0.0",
                description = "Stores partners' news articles, queues them for extraction and serves the extracted facts. "
                        + "Bearer tokens from the Keycloak realm newsroom (audience newsroom-api); every call is scoped to the token's tenant.",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        security = @SecurityRequirement(name = ArticleApiDefinition.BEARER))
@SecurityScheme(securitySchemeName = ArticleApiDefinition.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "Access token of the newsroom realm; roles reader, partner, admin; claim tenant")
public class ArticleApiDefinition extends Application {

    static final String BEARER = "bearer";
}
