/**
 * RFC 3161 time-stamp messages, through pkijs and asn1js: the request arca sends (a sha256 message
 * imprint, a nonce, certReq), the reply it accepts (status granted, the same imprint and nonce), and the
 * token it keeps, read again whenever a stamp is checked.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { TimestampError } from './errors.js';

const SHA256 = '2.16.840.1.101.3.4.2.1';
const TST_INFO = '1.2.840.113549.1.9.16.1.4';

export interface TokenContent {
  /** The sha256 digest the authority signed, hex. */
  digest: string;
  /** When the authority says it saw the digest. */
  time: Date;
  /** The nonce echoed back, hex; null when the token has none. */
  nonce: string | null;
}

const hex = (view: ArrayBuffer | Uint8Array): string =>
  Buffer.from(view instanceof Uint8Array ? view : new Uint8Array(view)).toString('hex');

/** The DER TimeStampReq for a sha256 digest (32 bytes), with a nonce and a request for the signer's certificate. */
export function timestampRequest(digest: Uint8Array, nonce: Uint8Array): Uint8Array<ArrayBuffer> {
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: SHA256 }),
      hashedMessage: new asn1js.OctetString({ valueHex: digest }),
    }),
    nonce: new asn1js.Integer({ valueHex: positiveIntegerBytes(nonce) }),
    certReq: true,
  });
  return new Uint8Array(request.toSchema().toBER(false));
}

/**
 * The nonce's bytes as DER writes a positive INTEGER: no redundant leading zero, one zero before a high
 * bit. An authority refuses a request whose nonce is not minimal (openssl: "Bad request format"), which a
 * random nonce starting 00 0x would otherwise be: one stamp in 256.
 */
function positiveIntegerBytes(bytes: Uint8Array): Uint8Array {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0 && bytes[start + 1] < 0x80) start++;
  const minimal = bytes.subarray(start);
  return minimal[0] >= 0x80 ? Buffer.concat([Buffer.from([0]), minimal]) : minimal;
}

function parsed(der: Uint8Array, what: string): asn1js.AsnType {
  const { offset, result } = asn1js.fromBER(der);
  if (offset === -1 || offset !== der.byteLength) throw new TimestampError(`${what} is not DER-encoded ASN.1`);
  return result;
}

/** Reads a stored token (a CMS ContentInfo holding the signed TSTInfo); throws TimestampError if it is not one. */
export function readToken(token: Uint8Array): TokenContent {
  try {
    const info = new pkijs.ContentInfo({ schema: parsed(token, 'the token') });
    if (info.contentType !== pkijs.ContentInfo.SIGNED_DATA)
      throw new TimestampError('the token is not CMS signed data');
    const signed = new pkijs.SignedData({ schema: info.content });
    const { eContentType, eContent } = signed.encapContentInfo;
    if (eContentType !== TST_INFO || !eContent) throw new TimestampError('the token holds no TSTInfo');
    const tst = new pkijs.TSTInfo({ schema: parsed(new Uint8Array(eContent.getValue()), 'the TSTInfo') });
    if (tst.messageImprint.hashAlgorithm.algorithmId !== SHA256)
      throw new TimestampError("the token's imprint is not sha256");
    return {
      digest: hex(tst.messageImprint.hashedMessage.valueBlock.valueHexView),
      time: tst.genTime,
      nonce: tst.nonce ? hex(tst.nonce.valueBlock.valueHexView) : null,
    };
  } catch (err) {
    if (err instanceof TimestampError) throw err;
    throw new TimestampError(`the token cannot be read: ${(err as Error).message}`);
  }
}

const STATUS_NAMES = [
  'granted',
  'grantedWithMods',
  'rejection',
  'waiting',
  'revocationWarning',
  'revocationNotification',
];

/**
 * The token of a TimeStampResp, as the authority's DER bytes, once the reply is granted and its token
 * covers `digest` with `nonce`. Anything else is a TimestampError saying what was wrong.
 */
export function acceptedToken(
  reply: Uint8Array,
  expected: { digest: Uint8Array; nonce: Uint8Array },
): { token: Buffer; time: Date } {
  let response: pkijs.TimeStampResp;
  let schema: asn1js.AsnType;
  try {
    schema = parsed(reply, 'the reply');
    response = new pkijs.TimeStampResp({ schema });
  } catch (err) {
    if (err instanceof TimestampError) throw err;
    throw new TimestampError(`the reply is not an RFC 3161 TimeStampResp: ${(err as Error).message}`);
  }
  const { status, statusStrings } = response.status;
  if (status !== pkijs.PKIStatus.granted && status !== pkijs.PKIStatus.grantedWithMods) {
    const why = statusStrings?.map((s) => s.valueBlock.value).join('; ');
    throw new TimestampError(
      `the timestamp authority refused: status ${STATUS_NAMES[status] ?? status}${why ? ` (${why})` : ''}`,
    );
  }
  // The token exactly as the authority encoded it: the second element of the reply's SEQUENCE.
  const element = (schema as asn1js.Sequence).valueBlock.value[1];
  if (!response.timeStampToken || !element) throw new TimestampError('the reply is granted but holds no token');
  const token = Buffer.from(element.valueBeforeDecodeView);
  const content = readToken(token);
  if (content.digest !== hex(expected.digest))
    throw new TimestampError('the token covers another digest than the one sent');
  if (content.nonce === null || BigInt(`0x${content.nonce}`) !== BigInt(`0x${hex(expected.nonce)}`)) {
    throw new TimestampError('the token does not echo the nonce sent');
  }
  return { token, time: content.time };
}
