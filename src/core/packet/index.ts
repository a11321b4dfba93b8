/**
 * The recertification packet: one PDF a reviewer can follow, built from the holder's
 * records, the rules engine's evaluation and the stored certificates.
 */
export { buildPacket, checkCertificates } from './build-packet';
export { writePacket } from './write-packet';
export { setPacketFontsDirectory } from './fonts';
export { PacketProblemsError } from './types';
export { packetSourceFor } from './source';
export { describeOpenItem, openItemsFor } from './preflight';
export {
  certificateProblemsError,
  checkPacket,
  packetFileName,
  previewPacket,
  preflightPacket,
  previewPageLimit,
  refuseOpenItems,
  savePacket,
  savePacketSource,
} from './service';
export type {
  BuildPacketOptions,
  BuiltPacket,
  CertificateProblem,
  PacketSource,
  PacketSourceOptions,
  WrittenPacket,
} from './types';
