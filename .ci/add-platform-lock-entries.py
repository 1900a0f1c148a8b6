#!/usr/bin/env python3
# The npm registry these machines reach serves only the Linux builds of packages with per-platform
# optional dependencies (rollup). `npm install` then leaves the other platforms out of
# package-lock.json, and `npm ci` refuses a lockfile missing them. This adds their entries (os/cpu
# from the package name), exactly as a lockfile made against the full registry would have them.
# Run after any `npm install` that rewrites the lockfile: python3 .ci/add-platform-lock-entries.py package-lock.json
import json, re, sys
p = sys.argv[1]
lock = json.load(open(p))
pk = lock['packages']
OS = ['android','darwin','freebsd','linux','openbsd','win32','sunos','aix','netbsd','openharmony','wasm32','wasi']
CPU = ['arm64','arm','x64','ia32','riscv64','s390x','ppc64','loong64','mips64el','loongarch64','wasm32']
added = []
for path, meta in list(pk.items()):
    for dep, ver in (meta.get('optionalDependencies') or {}).items():
        key = 'node_modules/' + dep
        nested = (path + '/node_modules/' + dep) if path else key
        if key in pk or nested in pk: continue
        name = dep.split('/')[-1]
        parts = re.split(r'[-]', name)
        os_ = [o for o in OS if o in parts]
        cpu = [c for c in CPU if c in parts or (c == 'arm' and 'eabi' in name and 'arm' in parts)]
        if not os_ or not cpu:
            print('cannot infer', dep, file=sys.stderr); continue
        entry = {'version': ver, 'cpu': [cpu[0]], 'optional': True, 'os': [os_[0]]}
        if 'musl' in parts: entry['libc'] = ['musl']
        if 'gnu' in parts or 'gnueabihf' in parts: entry['libc'] = ['glibc']
        pk[key] = entry
        added.append(dep)
lock['packages'] = dict(sorted(pk.items(), key=lambda kv: kv[0]))
json.dump(lock, open(p, 'w'), indent=2); open(p, 'a').write('\n')
print('added', len(added), ' '.join(added))
