#!/usr/bin/env bash
# Cheap static check of deploy/kubernetes (under a second, no cluster): every file parses as YAML, kustomize
# renders it (when kubectl is installed), and the settings operations rely on are there and spelled right
# (a misspelt field such as readOnlyRootFileSystem is silently ignored by Kubernetes, so it is checked here).
# Usage: bash ops/check-manifests.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=deploy/kubernetes

if command -v kubectl >/dev/null 2>&1; then
  kubectl kustomize "$DIR" >/dev/null || { echo "check-manifests: FAIL: kubectl kustomize $DIR"; exit 1; }
else
  echo "check-manifests: kubectl not installed, kustomize rendering not checked"
fi

python3 - "$DIR" <<'EOF'
import os, sys
try:
    import yaml
except ImportError:
    sys.exit("check-manifests: FAIL: python3 has no yaml module (PyYAML)")

d = sys.argv[1]
docs = {}
for name in sorted(os.listdir(d)):
    if name.endswith((".yaml", ".yml")):
        with open(os.path.join(d, name), encoding="utf-8") as f:
            docs[name] = [x for x in yaml.safe_load_all(f) if x]

problems = []
def need(cond, what):
    if not cond:
        problems.append(what)

kust = docs["kustomization.yaml"][0]
for r in kust["resources"]:
    need(r in docs, f"kustomization resource {r} missing")
need("secret.example.yaml" not in kust["resources"], "the example Secret must not be applied with the manifests")

dep = docs["deployment.yaml"][0]
need(dep["kind"] == "Deployment" and dep["spec"]["replicas"] == 2, "a Deployment of 2 replicas")
pod = dep["spec"]["template"]["spec"]
labels = dep["spec"]["template"]["metadata"]["labels"]
need(dep["spec"]["selector"]["matchLabels"].items() <= labels.items(), "the selector matches the pod labels")
need(pod.get("securityContext", {}).get("runAsNonRoot") is True, "pod runAsNonRoot")
(c,) = pod["containers"]
need({"name": "http", "containerPort": 8080} in c["ports"], "container port 8080 named http")
for probe, path in (("startupProbe", "/q/health/started"), ("livenessProbe", "/q/health/live"),
                    ("readinessProbe", "/q/health/ready")):
    get = c.get(probe, {}).get("httpGet", {})
    need(get.get("path") == path and get.get("port") in ("http", 8080), f"{probe} on {path}")
res = c.get("resources", {})
need(res.get("requests", {}).get("memory") and res.get("requests", {}).get("cpu"), "memory and cpu requests")
need(res.get("limits", {}).get("memory"), "a memory limit")
sc = c.get("securityContext", {})
known = {"allowPrivilegeEscalation", "readOnlyRootFilesystem", "runAsNonRoot", "runAsUser", "runAsGroup",
         "capabilities", "privileged", "seccompProfile", "procMount", "seLinuxOptions", "windowsOptions",
         "appArmorProfile"}
need(set(sc) <= known, f"unknown container securityContext fields: {sorted(set(sc) - known)}")
need(sc.get("allowPrivilegeEscalation") is False, "allowPrivilegeEscalation: false")
need(sc.get("readOnlyRootFilesystem") is True, "readOnlyRootFilesystem: true")
need(sc.get("runAsNonRoot") is True, "container runAsNonRoot")
need(sc.get("capabilities", {}).get("drop") == ["ALL"], "capabilities drop ALL")
tmp = [m for m in c.get("volumeMounts", []) if m["mountPath"] == "/tmp"]
vols = {v["name"]: v for v in pod.get("volumes", [])}
need(len(tmp) == 1 and "emptyDir" in vols.get(tmp[0]["name"], {}), "an emptyDir at /tmp")

secret = docs["secret.example.yaml"][0]
keys = set(secret.get("stringData", {})) | set(secret.get("data", {}))
required = {"QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
            "VERSIONER_ADMIN_KEY"}
need(required <= keys, f"example Secret lacks {sorted(required - keys)}")
refs = [e["valueFrom"]["secretKeyRef"] for e in c.get("env", []) if "secretKeyRef" in e.get("valueFrom", {})]
refs_from = [e["secretRef"]["name"] for e in c.get("envFrom", []) if "secretRef" in e]
for r in refs:
    need(r["name"] == secret["metadata"]["name"] and r["key"] in keys, f"secretKeyRef {r} not in the example Secret")
need({r["key"] for r in refs} >= required or secret["metadata"]["name"] in refs_from,
     "the Deployment reads every key of the Secret")

svc = docs["service.yaml"][0]
need(svc["spec"]["selector"].items() <= labels.items(), "the Service selects the pods")
need(any(p["port"] == 80 and p["targetPort"] in ("http", 8080) for p in svc["spec"]["ports"]), "Service 80 -> 8080")

if problems:
    for p in problems:
        print("check-manifests: FAIL:", p)
    sys.exit(1)
print(f"check-manifests: ok: {len(docs)} files parse, Deployment/Service/Secret settings present")
EOF
