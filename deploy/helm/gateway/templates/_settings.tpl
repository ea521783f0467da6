{{/* Settings of the gateway, one environment variable each (read from the ConfigMap). */}}
{{- define "gateway.config" -}}
NEWSROOM_KEYCLOAK_URL: {{ .Values.global.keycloak.url | quote }}
NEWSROOM_KAFKA_BOOTSTRAP: {{ .Values.global.kafka.bootstrapServers | quote }}
NEWSROOM_REDIS_URL: {{ .Values.global.redis.url | quote }}
NEWSROOM_ARTICLE_SERVICE_URL: {{ .Values.articleServiceUrl | default (printf "http://%s:8080" (include "newsroom-lib.componentName" (list . "article-service"))) | quote }}
NEWSROOM_EXTRACTION_SERVICE_URL: {{ .Values.extractionServiceUrl | default (printf "http://%s:8080" (include "newsroom-lib.componentName" (list . "extraction-service"))) | quote }}
NEWSROOM_GATEWAY_EVENT_LOOPS: {{ .Values.eventLoops | int64 | quote }}
{{- with .Values.cors.origins }}
NEWSROOM_CORS_ORIGINS: {{ join "," . | quote }}
{{- end }}
{{- if .Values.console.enabled }}
NEWSROOM_CONSOLE_SECURE_COOKIES: {{ .Values.console.tls | quote }}
QUARKUS_OIDC_CONSOLE_AUTHENTICATION_FORCE_REDIRECT_HTTPS_SCHEME: {{ .Values.console.tls | quote }}
NEWSROOM_GATEWAY_CONSOLE_REFRESH_SECONDS: {{ .Values.console.refreshSeconds | int64 | quote }}
{{- else }}
QUARKUS_OIDC_CONSOLE_TENANT_ENABLED: "false"
{{- end }}
{{- end -}}

{{/* Secrets of the gateway, each read from a Secret the operator created (existingSecret). */}}
{{- define "gateway.secretEnv" -}}
{{- include "newsroom-lib.secretEnv" (list "NEWSROOM_ADMIN_API_SECRET" (dict "existingSecret" .Values.keycloakAdmin.existingSecret "key" .Values.keycloakAdmin.secretKey)) }}
{{- if .Values.console.enabled }}
{{ include "newsroom-lib.secretEnv" (list "NEWSROOM_CONSOLE_SECRET" (dict "existingSecret" .Values.console.existingSecret "key" .Values.console.clientSecretKey)) }}
{{ include "newsroom-lib.secretEnv" (list "NEWSROOM_CONSOLE_SESSION_SECRET" (dict "existingSecret" .Values.console.existingSecret "key" .Values.console.sessionSecretKey)) }}
{{- end }}
{{- end -}}

{{/* Who may open connections to the gateway. */}}
{{- define "gateway.ingressFrom" -}}
{{- if .Values.networkPolicy.allowFrom }}
from:
  {{- toYaml .Values.networkPolicy.allowFrom | nindent 2 }}
{{- end }}
{{- end -}}

{{/* Egress to other components of the suite. */}}
{{- define "gateway.egressToComponents" -}}
{{- range list "article-service" "extraction-service" }}
- ports:
    - port: http
      protocol: TCP
  to:
    - podSelector:
        matchLabels:
          app.kubernetes.io/name: {{ . }}
          app.kubernetes.io/instance: {{ $.Release.Name }}
{{- end }}
{{- end -}}
