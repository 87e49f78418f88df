// electron-builder's MSI template has no start-at-login option: this msiProjectCreated hook adds
// one component to the generated WiX project before it is compiled, writing the machine-wide Run
// value (the same as build/installer.nsh writes for NSIS). Removing the product removes it.
const { readFile, writeFile } = require('node:fs/promises');

/** Fixed: a component's GUID must never change between versions of the product. */
const componentGuid = '{8E4C2A71-5B3D-4F6E-9A1C-2D7B5E3F8C60}';

const startAtLoginComponent = [
  `<Component Id="InvoiceGuardStartAtLogin" Guid="${componentGuid}">`,
  '        <RegistryValue Root="HKLM" Key="Software\\Microsoft\\Windows\\CurrentVersion\\Run" Name="InvoiceGuard" Type="string" Value="&quot;[APPLICATIONFOLDER]InvoiceGuard.exe&quot; --hidden --login" KeyPath="yes"/>',
  '      </Component>',
].join('\n');

/** Pure: the WiX project with the start-at-login component in the product's component group. */
function withStartAtLogin(wxs) {
  const anchor = '<ComponentGroup Id="ProductComponents" Directory="APPLICATIONFOLDER">';
  if (!wxs.includes(anchor))
    throw new Error(`msi-start-at-login: no "${anchor}" in the WiX project (template changed?)`);
  if (wxs.includes('InvoiceGuardStartAtLogin')) return wxs;
  return wxs.replace(anchor, `${anchor}\n      ${startAtLoginComponent}`);
}

/** The msiProjectCreated hook: electron-builder passes the path of project.wxs. */
async function addStartAtLoginToMsi(projectFile) {
  await writeFile(projectFile, withStartAtLogin(await readFile(projectFile, 'utf8')));
}

module.exports = { addStartAtLoginToMsi, withStartAtLogin };
