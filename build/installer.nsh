; Included by electron-builder's NSIS installer (nsis.include). Per machine, every user's session
; starts InvoiceGuard in the tray at login: the HKLM Run value below. The app quits at once when the
; policy (app.startAtLogin "never") or the user's own setting says no (docs/deployment.md).
; Silent install without it: InvoiceGuard-Setup.exe /S /NOSTARTATLOGIN
; (A 32-bit installer writes under WOW6432Node on 64-bit Windows; Windows runs both Run keys.)
!include "FileFunc.nsh"

!macro customInstall
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/NOSTARTATLOGIN" $R1
  ${If} ${Errors}
    WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Run" "InvoiceGuard" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" --hidden --login'
  ${Else}
    DeleteRegValue HKLM "Software\Microsoft\Windows\CurrentVersion\Run" "InvoiceGuard"
  ${EndIf}
!macroend

!macro customUnInstall
  ; An upgrade runs the old uninstaller first: keep the value, the new install writes it again.
  ${IfNot} ${isUpdated}
    DeleteRegValue HKLM "Software\Microsoft\Windows\CurrentVersion\Run" "InvoiceGuard"
  ${EndIf}
!macroend
