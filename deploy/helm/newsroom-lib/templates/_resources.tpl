{{- define "newsroom-lib.service" -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "newsroom-lib.fullname" . }}
  labels:
    {{- include "newsroom-lib.labels" . | nindent 4 }}
spec:
  type: {{ .Values.service.type }}
  ports:
    - name: http
      port: {{ .Values.service.port }}
      targetPort: http
      protocol: TCP
  selector:
    {{- include "newsroom-lib.selectorLabels" . | nindent 4 }}
{{- end -}}

{{- define "newsroom-lib.hpa" -}}
{{- if .Values.autoscaling.enabled }}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "newsroom-lib.fullname" . }}
  labels:
    {{- include "newsroom-lib.labels" . | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "newsroom-lib.fullname" . }}
  minReplicas: {{ .Values.autoscaling.minReplicas }}
  maxReplicas: {{ .Values.autoscaling.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ .Values.autoscaling.targetCPUUtilizationPercentage }}
{{- end }}
{{- end -}}

{{- define "newsroom-lib.pdb" -}}
{{- if .Values.pdb.create }}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "newsroom-lib.fullname" . }}
  labels:
    {{- include "newsroom-lib.labels" . | nindent 4 }}
spec:
  {{- if .Values.pdb.maxUnavailable }}
  maxUnavailable: {{ .Values.pdb.maxUnavailable }}
  {{- else }}
  minAvailable: {{ .Values.pdb.minAvailable }}
  {{- end }}
  selector:
    matchLabels:
      {{- include "newsroom-lib.selectorLabels" . | nindent 6 }}
{{- end }}
{{- end -}}

{{- define "newsroom-lib.serviceMonitor" -}}
{{- if .Values.metrics.serviceMonitor.enabled }}
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ include "newsroom-lib.fullname" . }}
  labels:
    {{- include "newsroom-lib.labels" . | nindent 4 }}
spec:
  selector:
    matchLabels:
      {{- include "newsroom-lib.selectorLabels" . | nindent 6 }}
  endpoints:
    - port: http
      path: /q/metrics
      interval: {{ .Values.metrics.serviceMonitor.interval }}
{{- end }}
{{- end -}}

{{/*
NetworkPolicy: ingress from the pods the caller lists in "newsroom.ingressFrom" (the gateway for backends,
anyone for the gateway) and the rules of .Values.networkPolicy.extraIngress (e.g. a Prometheus), egress to DNS
and to the dependencies declared in .Values.networkPolicy.egress.
*/}}
{{- define "newsroom-lib.networkPolicy" -}}
{{- if .Values.networkPolicy.enabled }}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "newsroom-lib.fullname" . }}
  labels:
    {{- include "newsroom-lib.labels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "newsroom-lib.selectorLabels" . | nindent 6 }}
  policyTypes: ["Ingress", "Egress"]
  ingress:
    - ports:
        - port: http
          protocol: TCP
      {{- include (printf "%s.ingressFrom" .Chart.Name) . | nindent 6 }}
    {{- with .Values.networkPolicy.extraIngress }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  egress:
    - ports:
        - port: 53
          protocol: UDP
        - port: 53
          protocol: TCP
    {{- include (printf "%s.egressToComponents" .Chart.Name) . | nindent 4 }}
    {{- range .Values.networkPolicy.egress }}
    - ports:
        {{- range .ports }}
        - port: {{ . }}
          protocol: TCP
        {{- end }}
      {{- with .to }}
      to:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    {{- end }}
{{- end }}
{{- end -}}

{{/* The component's settings as a ConfigMap; the Deployment reads every key of it as an environment variable. */}}
{{- define "newsroom-lib.configMap" -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "newsroom-lib.fullname" . }}-config
  labels:
    {{- include "newsroom-lib.labels" . | nindent 4 }}
data:
  {{- range $key, $value := include (printf "%s.config" .Chart.Name) . | fromYaml }}
  {{ $key }}: {{ $value | toString | quote }}
  {{- end }}
{{- end -}}

{{/* Ingress from the gateway's pods only: how backends are reached. */}}
{{- define "newsroom-lib.fromGateway" -}}
from:
  - podSelector:
      matchLabels:
        app.kubernetes.io/name: gateway
        app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}
