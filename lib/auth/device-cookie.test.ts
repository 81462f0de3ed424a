// The recognised-device cookie: valid only for the account and device it was issued for, with this server's secret.
import { describe, expect, it } from 'vitest';
import { deviceCookieValue, deviceIdFromCookie } from '@/lib/auth/device-cookie';

const secret = 'a-test-secret-of-enough-length-0123456789';
const device = 'AbCdEfGhIjKlMnOpQrStUvWx';

describe('device cookie', () => {
  it('names its device for the account it was issued for, whatever the email case', () => {
    const value = deviceCookieValue(secret, 'owner@example.test', device);
    expect(value.startsWith(`${device}.`)).toBe(true);
    expect(value).not.toContain('owner');
    expect(deviceIdFromCookie(secret, 'Owner@Example.test', value)).toBe(device);
  });

  it('is refused for another account, another secret, a changed device id or a malformed value', () => {
    const value = deviceCookieValue(secret, 'owner@example.test', device);
    expect(deviceIdFromCookie(secret, 'other@example.test', value)).toBeNull();
    expect(deviceIdFromCookie(`${secret}-other`, 'owner@example.test', value)).toBeNull();
    expect(deviceIdFromCookie(secret, 'owner@example.test', value.replace(device, `${device.slice(1)}A`))).toBeNull();
    for (const bad of [undefined, '', device, `${value}.x`, `.${value.split('.')[1]}`, 'short.sig']) {
      expect(deviceIdFromCookie(secret, 'owner@example.test', bad)).toBeNull();
    }
  });
});
