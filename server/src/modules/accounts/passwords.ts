import { hash, verify } from '@node-rs/argon2';
import { PasswordWeak } from './errors.js';

// OWASP's argon2id baseline (19 MiB, 2 passes): about 30 ms per hash here.
// algorithm 2 is Argon2id (the package's const enum cannot be imported under isolatedModules).
const options = { algorithm: 2 as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// Verified when the username is unknown, so that a wrong name costs the same time as a wrong password.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hashPassword('jiyue-dummy-password-for-timing');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

const common = new Set(['password123', 'qwerty123456', '1234567890', 'admin123456', 'abc123456789', 'p@ssw0rd123', 'woaini1314520']);

/**
 * The password policy (等保 practice for government systems): 10–128 characters, at least three
 * of lower case, upper case, digits and symbols, not containing the username, not a common password.
 * Throws ACCOUNTS_PASSWORD_WEAK with every rule that failed.
 */
export function assertPasswordPolicy(password: string, username: string, path = 'password'): void {
  const problems: string[] = [];
  if (password.length < 10) problems.push('至少 10 个字符');
  if (password.length > 128) problems.push('不超过 128 个字符');
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push('须包含大写字母、小写字母、数字、符号中的至少三类');
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push('不能包含用户名');
  if (common.has(password.toLowerCase())) problems.push('不能使用常见密码');
  if (problems.length) {
    throw PasswordWeak({ message: `密码不符合安全要求：${problems.join('；')}`, details: problems.map((message) => ({ path, message })) });
  }
}
