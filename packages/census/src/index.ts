// The DfE children's social work workforce census (CSWW), produced from the log.
export {};
