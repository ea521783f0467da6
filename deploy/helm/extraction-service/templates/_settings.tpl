{{/* Settings of the extraction-service, one environment variable each (read from the ConfigMap). */}}
{{- define "extraction-service.config" -}}
QUARKUS_OIDC_AUTH_SERVER_URL: {{ .Values.global.keycloak.url | quote }}
KAFKA_BOOTSTRAP_SERVERS: {{ .Values.global.kafka.bootstrapServers | quote }}
NEWSROOM_EXTRACTION_MAX_ATTEMPTS: {{ .Values.maxAttempts | quote }}
{{- end -}}

{{/* Secrets of the extraction-service, each read from a Secret the operator created (existingSecret). */}}
{{- define "extraction-service.secretEnv" -}}

{{- end -}}

{{/* Who may open connections to the extraction-service. */}}
{{- define "extraction-service.ingressFrom" -}}
{{ include "newsroom-lib.fromGateway" . }}
{{- end -}}

{{/* Egress to other components of the suite. */}}
{{- define "extraction-service.egressToComponents" -}}

{{- end -}}
