{{/*
A hardened Deployment for a Quarkus service: non-root, read-only root file system with /tmp on an emptyDir,
no privilege escalation, no capabilities, RuntimeDefault seccomp (the defaults of .Values.podSecurityContext and
.Values.securityContext), no service-account token, probes on the Quarkus health endpoints (.Values.probes). Settings come from the chart's ConfigMap ("<chart>.config"), secrets from the
operator's Secrets ("<chart>.secretEnv"), extras from .Values.extraEnv.
*/}}
{{- define "newsroom-lib.deployment" -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "newsroom-lib.fullname" . }}
  labels:
    {{- include "newsroom-lib.labels" . | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      {{- include "newsroom-lib.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      annotations:
        checksum/config: {{ include (printf "%s.config" .Chart.Name) . | sha256sum }}
        {{- with .Values.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      labels:
        {{- include "newsroom-lib.selectorLabels" . | nindent 8 }}
        app.kubernetes.io/part-of: newsroom
    spec:
      automountServiceAccountToken: false
      {{- with .Values.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- if .Values.hostNetwork }}
      hostNetwork: true
      {{- end }}
      securityContext:
        {{- toYaml .Values.podSecurityContext | nindent 8 }}
      containers:
        - name: {{ include "newsroom-lib.name" . }}
          image: {{ include "newsroom-lib.image" . | quote }}
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ .Values.http.port }}
              protocol: TCP
          env:
            - name: QUARKUS_HTTP_HOST
              value: {{ .Values.http.host | quote }}
            - name: QUARKUS_HTTP_PORT
              value: {{ .Values.http.port | int64 | quote }}
            {{- if not .Values.native }}
            - name: JDK_JAVA_OPTIONS
              value: {{ .Values.jvmOptions | quote }}
            {{- end }}
            {{- range $key, $value := include (printf "%s.config" .Chart.Name) . | fromYaml }}
            - name: {{ $key }}
              valueFrom:
                configMapKeyRef:
                  name: {{ include "newsroom-lib.fullname" $ }}-config
                  key: {{ $key }}
            {{- end }}
            {{- include (printf "%s.secretEnv" .Chart.Name) . | nindent 12 }}
            {{- with .Values.extraEnv }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
          startupProbe:
            {{- include "newsroom-lib.probe" (list "/q/health/started" .Values.probes.startup) | nindent 12 }}
          livenessProbe:
            {{- include "newsroom-lib.probe" (list "/q/health/live" .Values.probes.liveness) | nindent 12 }}
          readinessProbe:
            {{- include "newsroom-lib.probe" (list "/q/health/ready" .Values.probes.readiness) | nindent 12 }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: {{ .Values.tmpSizeLimit }}
      {{- with .Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
{{- end -}}

{{/* An HTTP probe on the container's port: (list path timing), timing from .Values.probes.<kind>. */}}
{{- define "newsroom-lib.probe" -}}
{{- $timing := index . 1 -}}
httpGet:
  path: {{ index . 0 }}
  port: http
periodSeconds: {{ $timing.periodSeconds }}
timeoutSeconds: {{ $timing.timeoutSeconds }}
failureThreshold: {{ $timing.failureThreshold }}
{{- end -}}

{{/* An environment variable read from the operator's Secret: (list root "ENV_NAME" secretRef). */}}
{{- define "newsroom-lib.secretEnv" -}}
{{- $name := index . 0 -}}
{{- $ref := index . 1 -}}
- name: {{ $name }}
  valueFrom:
    secretKeyRef:
      name: {{ required (printf "%s needs an existing Secret name (existingSecret)" $name) $ref.existingSecret }}
      key: {{ $ref.key }}
{{- end -}}
