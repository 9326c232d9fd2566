// Loaded only through a dynamic import (certificate-generator.ts), so that commands which never make a
// certificate do not load @peculiar/x509 and its ASN.1 modules (issue #18).
// @peculiar/x509 resolves its services with tsyringe, which needs the Reflect metadata polyfill loaded
// first (reference/rotation.md §4.1): this import must stay above the library's.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { webcrypto } from 'node:crypto';

// The library's types name the DOM's Crypto; node:crypto's webcrypto is that API.
x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

export { x509 };
