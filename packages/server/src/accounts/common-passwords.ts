/**
 * Passwords refused outright because attackers try them first. Written by hand after the idea
 * of NIST SP 800-63B §5.1.1.2 ("compare against values known to be commonly used") and the
 * shape of public breach top lists (NordPass, SplashData yearly lists): digit runs, keyboard
 * walks, "password" variants, common names, sports and words. Only entries of ≥ 8 characters
 * matter, because shorter ones are refused by length anyway. Compared lower-cased.
 */
const WORDS = `
password password1 password12 password123 password1234 passw0rd p@ssw0rd p@ssword pa55word
passwort motdepasse contraseña wachtwoord salasana lozinka parola123
12345678 123456789 1234567890 12345678910 123123123 123456123 11111111 111111111 1111111111
00000000 000000000 0000000000 22222222 33333333 44444444 55555555 66666666 77777777 88888888
99999999 12121212 13131313 69696969 01234567 87654321 98765432 987654321 9876543210
11223344 11112222 12341234 123451234 1234512345 123456654321 12344321 1q2w3e4r 1q2w3e4r5t
1q2w3e4r5t6y 1qaz2wsx 1qazxsw2 zaq12wsx zaq1zaq1 qwertyui qwertyuiop qwerty123 qwerty12
qwerty1234 qwertyu1 qwerasdf asdfghjk asdfghjkl asdf1234 asdfasdf zxcvbnm1 zxcvbnma zxcvbnm123
qazwsxedc qweasdzxc q1w2e3r4 q1w2e3r4t5 a1b2c3d4 abcd1234 abcdefgh abcdefg1 abc12345 abc123456
aaaaaaaa aa123456 iloveyou iloveyou1 iloveyou2 ilovegod loveyou1 lovelove sunshine sunshine1
princess princess1 football football1 baseball basketball superman superman1 batman123
starwars starwars1 pokemon1 michael1 jennifer jessica1 jordan23 charlie1 welcome1 welcome123
whatever trustno1 letmein1 letmein123 monkey123 dragon123 master123 shadow123 computer
computer1 internet freedom1 changeme changeme1 changeit default1 administrator admin123
admin1234 adminadmin rootroot secret123 test1234 testtest testing1 guest123 user1234 login123
qwerty11 mustang1 hello123 hellohello goodluck blink182 chocolate chelsea1 liverpool
arsenal1 manchester barcelona juventus metallica corvette mercedes ferrari1 yankees1
cowboys1 steelers eagles12 lakers24 michelle danielle samantha victoria elizabeth
jonathan nicholas benjamin alexander christian patricia 1password pass1234 pass12345
a12345678 qq123456 zz123456 asd12345 11qq22ww 147258369 123654789 159753123 741852963 963852741
summer2024 summer2025 summer2026 winter2024 winter2025 winter2026 spring2025 autumn2025
january1 december computer12 homeless midnight starlight butterfly
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w.length > 0));

/** True when `password` (case-insensitive) is on the list. */
export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}
