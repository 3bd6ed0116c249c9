// crosscheck's editor script (editor pages only): the editor link's Copy button, and htmx swaps of
// the flag form's 400/409/422 answers (validation, a stale save showing both versions, the flag
// limit), which htmx would otherwise drop. Loaded from 'self'; the CSP allows no inline script.
;(function () {
  'use strict'

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button[data-copy]')
    if (!button) return
    var field = document.querySelector(button.getAttribute('data-copy'))
    if (!field) return
    field.select()
    var done = function () {
      button.textContent = 'Copied'
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, function () {
        document.execCommand('copy') && done()
      })
    } else if (document.execCommand('copy')) {
      done()
    }
  })

  document.addEventListener('htmx:beforeSwap', function (event) {
    var status = event.detail.xhr.status
    if (status === 400 || status === 409 || status === 422) {
      event.detail.shouldSwap = true
      event.detail.isError = false
    }
  })

  // Anything else (a 403 after the editor cookie was cleared, say) is said in the live region.
  document.addEventListener('htmx:responseError', function (event) {
    var live = document.getElementById('selection-status')
    if (live)
      live.textContent = 'The flag was not saved: ' + (event.detail.xhr.statusText || 'error')
    window.alert(
      'The flag was not saved (' + event.detail.xhr.status + '). Reload the page and try again.',
    )
  })
})()
