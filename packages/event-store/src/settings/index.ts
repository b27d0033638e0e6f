// Reading the environment of a Ladder service: one reader, io-ts codecs whose names tell an
// operator what a variable should hold, and the store settings every service shares.
export {
  redactSecrets,
  setting,
  settingsReader,
  SettingsError,
  type Env,
  type Setting,
  type SettingsReader,
} from './reader';
export {
  fromText,
  onOff,
  pathFrom,
  portNumber,
  positiveInteger,
  text,
  trueFalse,
  wholeNumber,
} from './codecs';
export {
  readStoreSettings,
  repoRoot,
  storeSettingFrom,
  type StoreSettings,
} from './store-settings';
