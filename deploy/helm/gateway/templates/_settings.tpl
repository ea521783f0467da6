{{/* Settings of the gateway, one environment variable each (read from the ConfigMap). */}}
{{- define "gateway.config" -}}
QUARKUS_OIDC_AUTH_SERVER_URL: {{ .Values.global.keycloak.url | quote }}
KAFKA_BOOTSTRAP_SERVERS: {{ .Values.global.kafka.bootstrapServers | quote }}
QUARKUS_REDIS_HOSTS: {{ .Values.global.redis.url | quote }}
NEWSROOM_GATEWAY_ARTICLE_SERVICE_URL: {{ printf "http://%s:8080" (include "newsroom-lib.componentName" (list . "article-service")) | quote }}
NEWSROOM_GATEWAY_EXTRACTION_SERVICE_URL: {{ printf "http://%s:8080" (include "newsroom-lib.componentName" (list . "extraction-service")) | quote }}
NEWSROOM_GATEWAY_KEYCLOAK_ADMIN_URL: {{ .Values.global.keycloak.adminUrl | quote }}
{{- with .Values.cors.origins }}
NEWSROOM_GATEWAY_CORS_ORIGINS: {{ join "," . | quote }}
{{- end }}
{{- end -}}

{{/* Secrets of the gateway, each read from a Secret the operator created (existingSecret). */}}
{{- define "gateway.secretEnv" -}}
{{- include "newsroom-lib.secretEnv" (list "NEWSROOM_GATEWAY_KEYCLOAK_ADMIN_CLIENT_SECRET" (dict "existingSecret" .Values.keycloakAdmin.existingSecret "key" .Values.keycloakAdmin.secretKey)) }}
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
    - port: 8080
      protocol: TCP
  to:
    - podSelector:
        matchLabels:
          app.kubernetes.io/name: {{ . }}
          app.kubernetes.io/instance: {{ $.Release.Name }}
{{- end }}
{{- end -}}
