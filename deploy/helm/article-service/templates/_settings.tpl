{{/* Settings of the article-service, one environment variable each (read from the ConfigMap). */}}
{{- define "article-service.config" -}}
QUARKUS_OIDC_AUTH_SERVER_URL: {{ .Values.global.keycloak.url | quote }}
KAFKA_BOOTSTRAP_SERVERS: {{ .Values.global.kafka.bootstrapServers | quote }}
QUARKUS_DATASOURCE_JDBC_URL: {{ .Values.global.database.jdbcUrl | quote }}
NEWSROOM_CONTENT_MAX_BYTES: {{ .Values.maxContentBytes | quote }}
{{- end -}}

{{/* Secrets of the article-service, each read from a Secret the operator created (existingSecret). */}}
{{- define "article-service.secretEnv" -}}
{{- include "newsroom-lib.secretEnv" (list "QUARKUS_DATASOURCE_USERNAME" (dict "existingSecret" .Values.global.database.existingSecret "key" .Values.global.database.usernameKey)) }}
{{ include "newsroom-lib.secretEnv" (list "QUARKUS_DATASOURCE_PASSWORD" (dict "existingSecret" .Values.global.database.existingSecret "key" .Values.global.database.passwordKey)) }}
{{- end -}}

{{/* Who may open connections to the article-service. */}}
{{- define "article-service.ingressFrom" -}}
{{ include "newsroom-lib.fromGateway" . }}
{{- end -}}

{{/* Egress to other components of the suite. */}}
{{- define "article-service.egressToComponents" -}}

{{- end -}}
