; VIP Desk for Windows: Inno Setup 6 script (untested here: built by .github/workflows/release.yml
; on a Windows runner). Per-machine install under Program Files; the managed config goes to
; %PROGRAMDATA%\VIPDesk\managed.toml (the place VIP Desk reads) once and is never overwritten
; or removed by an upgrade or an uninstall. People's data lives in their profiles
; (%LOCALAPPDATA%\vipclient) and is not touched.
;
;   iscc /DAppVersion=1.2.0 /DSourceDir=..\..\build\bundle\vipdesk packaging\windows\vipdesk.iss
;
; Silent install:   VIPDesk-1.2.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Silent removal:   "%ProgramFiles%\VIP Desk\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES

#ifndef AppVersion
  #error Pass /DAppVersion=<version>
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\bundle\vipdesk"
#endif

[Setup]
; One AppId for every version: a newer setup upgrades the installed one in place.
AppId={{6C1B7F0E-3A52-4C3B-9B7E-5D0C2F4A9E11}
AppName=VIP Desk
AppVersion={#AppVersion}
AppPublisher=VIP Desk team
DefaultDirName={autopf}\VIP Desk
DefaultGroupName=VIP Desk
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=VIPDesk-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\vipdesk.ico
UninstallDisplayIcon={app}\vipdesk.exe
Compression=lzma2
SolidCompression=yes
CloseApplications=yes
WizardStyle=modern

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\managed.toml"; DestDir: "{commonappdata}\VIPDesk"; Flags: onlyifdoesntexist uninsneveruninstall

[InstallDelete]
; An upgrade replaces the whole bundle: no module of the previous version is left beside it.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\VIP Desk"; Filename: "{app}\vipdesk.exe"

[Run]
Filename: "{app}\vipdesk.exe"; Description: "Start VIP Desk"; Flags: nowait postinstall skipifsilent
