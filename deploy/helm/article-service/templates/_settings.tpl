{{/* Settings of the article-service, one environment variable each (read from the ConfigMap). */}}
{{- define "article-service.config" -}}
NEWSROOM_OIDC_URL: {{ printf "%s/realms/%s" .Values.global.keycloak.url .Values.global.keycloak.realm | quote }}
NEWSROOM_KAFKA_BOOTSTRAP: {{ .Values.global.kafka.bootstrapServers | quote }}
NEWSROOM_DB_URL: {{ .Values.global.database.jdbcUrl | quote }}
NEWSROOM_MAX_CONTENT_BYTES: {{ .Values.maxContentBytes | int64 | quote }}
{{- end -}}

{{/* Secrets of the article-service, each read from a Secret the operator created (existingSecret). */}}
{{- define "article-service.secretEnv" -}}
{{- include "newsroom-lib.secretEnv" (list "NEWSROOM_DB_USER" (dict "existingSecret" .Values.global.database.existingSecret "key" .Values.global.database.usernameKey)) }}
{{ include "newsroom-lib.secretEnv" (list "NEWSROOM_DB_PASSWORD" (dict "existingSecret" .Values.global.database.existingSecret "key" .Values.global.database.passwordKey)) }}
{{- end -}}

{{/* Who may open connections to the article-service. */}}
{{- define "article-service.ingressFrom" -}}
{{ include "newsroom-lib.fromGateway" . }}
{{- end -}}

{{/* Egress to other components of the suite. */}}
{{- define "article-service.egressToComponents" -}}

{{- end -}}
