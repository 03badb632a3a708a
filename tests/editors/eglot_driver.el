;;; eglot_driver.el --- drive eglot in `emacs --batch' after the README's set-up  -*- lexical-binding: t -*-
;; Opens $SMARTLINT_FILE, lets eglot-ensure connect as after any command, waits
;; for smartlint's diagnostics in flymake, asks for the quick fix at the text
;; $SMARTLINT_CURSOR_AT (eglot-code-actions, as M-x would) and writes what
;; happened to $SMARTLINT_REPORT as JSON.
(require 'eglot)
(require 'json)

(defvar smartlint-offered nil)

(defun smartlint-wait (done)
  "Let processes and timers run until DONE returns non-nil, for at most 120 s."
  (let ((tries 0))
    (while (and (not (funcall done)) (< tries 1200))
      (accept-process-output nil 0.1)
      (setq tries (1+ tries)))
    (funcall done)))

(defvar smartlint-diagnostics nil)

(defun smartlint-read-diagnostics ()
  "Keep the diagnostics flymake shows: rule, and 0-based character offsets."
  (setq smartlint-diagnostics
        (mapcar (lambda (d)
                  (let ((lsp (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d)))))
                    (list (cons 'code (plist-get lsp :code))
                          (cons 'beg (1- (flymake-diagnostic-beg d)))
                          (cons 'end (1- (flymake-diagnostic-end d))))))
                (flymake-diagnostics))))

(defun smartlint-finish (problem)
  (with-temp-file (getenv "SMARTLINT_REPORT")
    (insert (json-encode
             `((problem . ,problem)
               (offered . ,(vconcat smartlint-offered))
               (diagnostics . ,(vconcat smartlint-diagnostics))
               (text . ,(with-current-buffer smartlint-buffer
                          (buffer-substring-no-properties (point-min) (point-max))))))))
  (kill-emacs 0))

(defvar smartlint-buffer (find-file (getenv "SMARTLINT_FILE")))
(run-hooks 'post-command-hook)  ; the command that opened the file ends: eglot-ensure connects
(unless (smartlint-wait (lambda () (eglot-managed-p)))
  (smartlint-finish "eglot did not manage the buffer"))
(unless (smartlint-wait (lambda () (flymake-start) (flymake-diagnostics)))
  (smartlint-finish "no diagnostics"))
(smartlint-read-diagnostics)
(goto-char (point-min))
(search-forward (getenv "SMARTLINT_CURSOR_AT"))
(goto-char (1+ (match-beginning 0)))
(let ((before (buffer-string))
      (actions (eglot-code-actions (point) (point) "quickfix")))
  (setq smartlint-offered (mapcar (lambda (a) (plist-get a :title)) actions))
  (when (null actions)
    (smartlint-finish "no code action offered"))
  (eglot-code-actions (point) (point) "quickfix" t)
  (smartlint-finish (if (equal before (buffer-string)) "the code action changed nothing" nil)))
