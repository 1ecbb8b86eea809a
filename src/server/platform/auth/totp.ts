import * as OTPAuth from "otpauth";

const ISSUER = "Okaeri";

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

function totpOf(secretBase32: string, label = "") {
  return new OTPAuth.TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: 30, secret: OTPAuth.Secret.fromBase32(secretBase32) });
}

export function totpUri(secretBase32: string, label: string): string {
  return totpOf(secretBase32, label).toString();
}

/** Accepts the current code and one step either side, for clock drift. */
export function verifyTotp(secretBase32: string, code: string): boolean {
  return totpOf(secretBase32).validate({ token: code, window: 1 }) !== null;
}

/** For tests and the demo: the code an authenticator app would show now. */
export function currentTotp(secretBase32: string): string {
  return totpOf(secretBase32).generate();
}
