{{/*
A hardened Deployment for a Quarkus service: non-root, read-only root file system with /tmp on an emptyDir,
no privilege escalation, no capabilities, RuntimeDefault seccomp, no service-account token, probes on the
Quarkus health endpoints. Settings come from the chart's ConfigMap ("<chart>.config"), secrets from the
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
      securityContext:
        runAsNonRoot: true
        runAsUser: 1001
        runAsGroup: 1001
        fsGroup: 1001
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: {{ include "newsroom-lib.name" . }}
          image: {{ include "newsroom-lib.image" . | quote }}
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          ports:
            - name: http
              containerPort: 8080
              protocol: TCP
          env:
            - name: QUARKUS_HTTP_HOST
              value: "0.0.0.0"
            - name: QUARKUS_HTTP_PORT
              value: "8080"
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
            runAsNonRoot: true
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: ["ALL"]
          startupProbe:
            httpGet:
              path: /q/health/started
              port: http
            periodSeconds: 2
            failureThreshold: {{ .Values.probes.startupFailureThreshold }}
          livenessProbe:
            httpGet:
              path: /q/health/live
              port: http
            periodSeconds: 10
            timeoutSeconds: 2
            failureThreshold: 3
          readinessProbe:
            httpGet:
              path: /q/health/ready
              port: http
            periodSeconds: 5
            timeoutSeconds: 2
            failureThreshold: 3
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
