#!/bin/sh
# Uploads huibao's configset to a SolrCloud and creates the collection that holds the archive (issue 13).
#
#   solr/create-collection.sh [SOLR_URL] [COLLECTION] [SHARDS] [REPLICAS] [CONFIGSET]
#   solr/create-collection.sh http://localhost:8983/solr huibao 2 1
#
# The configset (default: huibao) is uploaded again each time, replacing the one of that name; Solr
# refuses to replace one that was put in ZooKeeper by hand (bin/solr zk upconfig, a "trusted" one):
# name another then.
#
# Every Solr node must run with Solr's analysis-extras module, which holds smartcn
# (SOLR_MODULES=analysis-extras in solr.in.sh, or `bin/solr start -c -Dsolr.modules=analysis-extras`).
# Then: huibao ingest --solr SOLR_URL --collection COLLECTION reports/
set -eu

url=${1:-http://localhost:8983/solr}
collection=${2:-huibao}
shards=${3:-2}
replicas=${4:-1}
configset=${5:-huibao}
here=$(cd "$(dirname "$0")" && pwd)

zip=$(mktemp "${TMPDIR:-/tmp}/huibao-configset.XXXXXX")
trap 'rm -f "$zip" "$zip.zip"' EXIT
(cd "$here/configset" && zip -q -r "$zip.zip" .)

# Solr's answer is shown only when it refuses
solr() {
    if ! answer=$(curl -sS --fail-with-body "$@"); then
        echo "$answer" >&2
        exit 1
    fi
}

echo "uploading the configset $configset to $url"
solr -X POST --header "Content-Type: application/octet-stream" --data-binary @"$zip.zip" \
    "$url/admin/configs?action=UPLOAD&name=$configset&overwrite=true&cleanup=true&wt=json"

echo "creating the collection $collection: $shards shard(s), $replicas replica(s) each"
solr "$url/admin/collections?action=CREATE&name=$collection&collection.configName=$configset&numShards=$shards&replicationFactor=$replicas&router.name=compositeId&wt=json"

echo "done: huibao ingest --solr $url --collection $collection REPORTS/"
