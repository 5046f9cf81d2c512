/**
 * The report form's only script, served at `report.js` (relative to the page) under a CSP
 * that allows scripts and requests to this origin only. It fetches a proof-of-work challenge
 * (`data-challenge`, a relative URL), solves it in the background with WebCrypto, and puts
 * the ALTCHA payload in the hidden `altcha` field; on submit it waits for that (or fetches a
 * new challenge if the first has nearly expired). Without JavaScript, or if anything fails,
 * the form is sent without it and the server accepts it under its no-proof budget.
 *
 * Plain ES2017 in a .ts string (like the stylesheet) so the `tsc` build carries it with no
 * asset step. `TnrProofOfWork` is a global so the unit test can run the solver in node:vm.
 */
export const REPORT_FORM_SCRIPT = `'use strict';
var TnrProofOfWork = (function () {
  function hexToBytes(hex) {
    var out = new Uint8Array(hex.length / 2);
    for (var i = 0; i < out.length; i++) out[i] = parseInt(hex.substr(i * 2, 2), 16);
    return out;
  }
  function bytesToHex(bytes) {
    var s = '';
    for (var i = 0; i < bytes.length; i++) s += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
    return s;
  }
  // ALTCHA v2: try counters 0, 1, 2, ... until PBKDF2-SHA-256(nonce + counter as a big-endian
  // uint32, salt, cost) starts with keyPrefix. Null when the deadline passes first.
  async function solve(challenge, deadline) {
    var p = challenge.parameters;
    if (p.algorithm !== 'PBKDF2/SHA-256') return null;
    var nonce = hexToBytes(p.nonce);
    var salt = hexToBytes(p.salt);
    var prefix = String(p.keyPrefix).toLowerCase();
    var password = new Uint8Array(nonce.length + 4);
    password.set(nonce, 0);
    var view = new DataView(password.buffer);
    for (var counter = 0; counter <= 0xffffffff; counter++) {
      if (counter % 50 === 0 && Date.now() > deadline) return null;
      view.setUint32(nonce.length, counter, false);
      var key = await crypto.subtle.importKey('raw', password, 'PBKDF2', false, ['deriveBits']);
      var bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt, iterations: p.cost }, key, (p.keyLength || 32) * 8);
      var hex = bytesToHex(new Uint8Array(bits));
      if (hex.slice(0, prefix.length) === prefix) return { counter: counter, derivedKey: hex };
    }
    return null;
  }
  function payload(challenge, solution) {
    return btoa(JSON.stringify({ challenge: { parameters: challenge.parameters, signature: challenge.signature }, solution: solution }));
  }
  return { solve: solve, payload: payload };
})();

(function () {
  if (typeof document === 'undefined') return;
  var form = document.querySelector('form[data-challenge]');
  if (!form || !window.fetch || !window.crypto || !window.crypto.subtle) return;
  var field = form.querySelector('input[name="altcha"]');
  var button = form.querySelector('button[type="submit"]');
  if (!field) return;
  var expiresAt = 0;
  var pending = null;
  function ready() {
    return field.value !== '' && expiresAt - 60000 > Date.now();
  }
  function prepare() {
    if (ready()) return Promise.resolve(true);
    if (pending) return pending;
    field.value = '';
    pending = fetch(form.getAttribute('data-challenge'), { credentials: 'omit', cache: 'no-store', headers: { accept: 'application/json' } })
      .then(function (res) {
        if (!res.ok) throw new Error('challenge ' + res.status);
        return res.json();
      })
      .then(function (challenge) {
        return TnrProofOfWork.solve(challenge, Date.now() + 120000).then(function (solution) {
          if (!solution) return false;
          field.value = TnrProofOfWork.payload(challenge, solution);
          expiresAt = challenge.parameters.expiresAt * 1000;
          return true;
        });
      })
      .catch(function () {
        return false;
      })
      .then(function (solved) {
        pending = null;
        return solved;
      });
    return pending;
  }
  form.addEventListener('submit', function (event) {
    if (ready()) return;
    event.preventDefault();
    var label = button ? button.textContent : '';
    if (button) {
      button.disabled = true;
      button.textContent = form.getAttribute('data-preparing') || label;
    }
    prepare().then(function () {
      if (button) {
        button.disabled = false;
        button.textContent = label;
      }
      // With or without a solution: the server decides, and never loses what was typed.
      HTMLFormElement.prototype.submit.call(form);
    });
  });
  prepare();
})();
`;
