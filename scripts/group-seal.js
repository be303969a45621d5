// Seals what a person shares for their group's key, with the browser's own WebCrypto: a
// one-off ECDH P-256 key pair agrees a secret with the group's public key, HKDF-SHA256 makes
// it an AES-256-GCM key, and that seals the bytes. The app (web::group_crypto::seal_for)
// calls window.alongsideSeal(groupKey, bytes) and gets [oneOffPublicKey, iv, sealed]. It is
// here, in the page, because the same calls written in the app's Rust cost several times the
// bytes of a person's first visit. The group's page opens it (group_crypto::open_sealed);
// the words mixed into HKDF must stay those of core::group::seal::HKDF_INFO.
window.alongsideSeal = async (group, plain) => {
  const subtle = crypto.subtle;
  const ecdh = { name: 'ECDH', namedCurve: 'P-256' };
  const pair = await subtle.generateKey(ecdh, true, ['deriveBits']);
  const mine = new Uint8Array(await subtle.exportKey('raw', pair.publicKey));
  const theirs = await subtle.importKey('raw', group, ecdh, false, []);
  const bits = await subtle.deriveBits({ name: 'ECDH', public: theirs }, pair.privateKey, 256);
  const hkdf = await subtle.importKey('raw', bits, 'HKDF', false, ['deriveKey']);
  const info = new TextEncoder().encode('alongside group 1');
  const params = { name: 'HKDF', hash: 'SHA-256', salt: mine, info };
  const key = await subtle.deriveKey(params, hkdf, { name: 'AES-GCM', length: 256 }, false, ['encrypt']);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  return [mine, iv, new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv }, key, plain))];
};
