; SIMPEG Luring - the Windows installer (NSIS 3, Modern UI 2), in Bahasa Indonesia and English.
;
; Built by installer/build.py, which passes the version and the paths:
;   makensis -DVERSION=0.1.0 -DVERSION4=0.1.0.0 -DSOURCE_DIR=<dist\simpeg-luring>
;            -DOUTFILE=<dist\simpeg-luring-0.1.0-setup.exe> [-DICON=<simpeg.ico>] simpeg.nsi
;
; Installs the PyInstaller folder into Program Files (for every user of the PC), adds Start-menu
; and (optional, on by default) desktop shortcuts and an entry in "Apps & features". An upgrade
; installs over the previous version. The uninstaller removes the program only: the office
; database, backups and bundles live in %LOCALAPPDATA%\simpeg-luring and are always kept.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
SetCompressorDictSize 64 ; MB: the two executables carry the same Python archive
RequestExecutionLevel admin

!ifndef VERSION
  !error "VERSION is not defined: build with installer/build.py (makensis -DVERSION=...)"
!endif
!ifndef VERSION4
  !error "VERSION4 (four numbers, e.g. 0.1.0.0) is not defined: build with installer/build.py"
!endif
!ifndef SOURCE_DIR
  !error "SOURCE_DIR (the PyInstaller folder dist\simpeg-luring) is not defined"
!endif
!ifndef OUTFILE
  !define OUTFILE "simpeg-luring-${VERSION}-setup.exe"
!endif

!define APP_NAME "SIMPEG Luring"
!define APP_SLUG "simpeg-luring"
!define PUBLISHER "SIMPEG Luring Provinsi Jambi"
!define GUI_EXE "simpeg-gui.exe"
!define CLI_EXE "simpeg.exe"
!define UNINSTALLER "uninstall.exe"
!define REG_APP "Software\${APP_SLUG}"
!define REG_UNINSTALL "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_SLUG}"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP_NAME}"
InstallDirRegKey HKLM "${REG_APP}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT "HKLM"
!define MUI_LANGDLL_REGISTRY_KEY "${REG_APP}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUI_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "$(FINISH_RUN)"
!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(UN_CONFIRM_TOP)"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default.
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"

LangString SEC_PROGRAM ${LANG_INDONESIAN} "Program SIMPEG Luring"
LangString SEC_PROGRAM ${LANG_ENGLISH} "SIMPEG Luring program"
LangString SEC_DESKTOP ${LANG_INDONESIAN} "Pintasan di desktop"
LangString SEC_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString SC_UNINSTALL ${LANG_INDONESIAN} "Hapus SIMPEG Luring"
LangString SC_UNINSTALL ${LANG_ENGLISH} "Uninstall SIMPEG Luring"
LangString SC_DESCRIPTION ${LANG_INDONESIAN} "Sistem informasi kepegawaian ASN (luring)"
LangString SC_DESCRIPTION ${LANG_ENGLISH} "Civil-servant personnel information system (offline)"
LangString FINISH_RUN ${LANG_INDONESIAN} "Jalankan SIMPEG Luring sekarang"
LangString FINISH_RUN ${LANG_ENGLISH} "Start SIMPEG Luring now"
LangString NEEDS_64BIT ${LANG_INDONESIAN} "SIMPEG Luring memerlukan Windows 64-bit (Windows 10 atau lebih baru). Pemasangan dibatalkan."
LangString NEEDS_64BIT ${LANG_ENGLISH} "SIMPEG Luring needs 64-bit Windows (Windows 10 or newer). The installation was cancelled."
LangString DATA_KEPT ${LANG_INDONESIAN} "Data kantor (basis data, cadangan, bundel) tetap tersimpan di %LOCALAPPDATA%\${APP_SLUG}."
LangString DATA_KEPT ${LANG_ENGLISH} "The office data (database, backups, bundles) stays in %LOCALAPPDATA%\${APP_SLUG}."
LangString UN_CONFIRM_TOP ${LANG_INDONESIAN} "Program SIMPEG Luring akan dihapus dari komputer ini. Data kantor (basis data, cadangan, bundel) di %LOCALAPPDATA%\${APP_SLUG} TIDAK dihapus; hapus folder itu sendiri bila memang tidak diperlukan lagi."
LangString UN_CONFIRM_TOP ${LANG_ENGLISH} "SIMPEG Luring will be removed from this computer. The office data (database, backups, bundles) in %LOCALAPPDATA%\${APP_SLUG} is NOT removed; delete that folder yourself if it is really no longer needed."

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP|MB_OK "$(NEEDS_64BIT)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "$(SEC_PROGRAM)" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the previous program files entirely (a library left over from an older
  ; version must never be loaded). Only program files live here; the data never does.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  File /r "${SOURCE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "" \
    "$INSTDIR\${GUI_EXE}" 0 SW_SHOWNORMAL "" "$(SC_DESCRIPTION)"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\$(SC_UNINSTALL).lnk" "$INSTDIR\${UNINSTALLER}"

  WriteRegStr HKLM "${REG_APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${REG_APP}" "Version" "${VERSION}"
  WriteRegStr HKLM "${REG_UNINSTALL}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${REG_UNINSTALL}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${REG_UNINSTALL}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${REG_UNINSTALL}" "DisplayIcon" "$INSTDIR\${GUI_EXE}"
  WriteRegStr HKLM "${REG_UNINSTALL}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${REG_UNINSTALL}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKLM "${REG_UNINSTALL}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKLM "${REG_UNINSTALL}" "NoModify" 1
  WriteRegDWORD HKLM "${REG_UNINSTALL}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${REG_UNINSTALL}" "EstimatedSize" "$0"
  DetailPrint "$(DATA_KEPT)"
SectionEnd

Section "$(SEC_DESKTOP)" SecDesktop
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "" \
    "$INSTDIR\${GUI_EXE}" 0 SW_SHOWNORMAL "" "$(SC_DESCRIPTION)"
SectionEnd

Section "Uninstall"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  Delete "$SMPROGRAMS\${APP_NAME}\*.lnk" ; both languages' names of the uninstall shortcut
  RMDir "$SMPROGRAMS\${APP_NAME}"

  ; Program files only, by name: the folder may have been chosen by hand, and the office data
  ; (%LOCALAPPDATA%\simpeg-luring) is never touched here.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"

  DeleteRegKey HKLM "${REG_UNINSTALL}"
  DeleteRegKey HKLM "${REG_APP}"
  DetailPrint "$(DATA_KEPT)"
SectionEnd
