{{/* Settings of the extraction-service, one environment variable each (read from the ConfigMap). */}}
{{- define "extraction-service.config" -}}
NEWSROOM_OIDC_URL: {{ printf "%s/realms/%s" .Values.global.keycloak.url .Values.global.keycloak.realm | quote }}
NEWSROOM_KAFKA_BOOTSTRAP: {{ .Values.global.kafka.bootstrapServers | quote }}
NEWSROOM_EXTRACTION_MAX_ATTEMPTS: {{ .Values.maxAttempts | int64 | quote }}
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
