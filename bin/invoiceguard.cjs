#!/usr/bin/env node
// The `invoiceguard` command: runs the built CLI bundle (npm run build makes dist/).
require('../dist/cli.cjs');
