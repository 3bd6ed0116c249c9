// crosscheck's page script: selecting a claim highlights its counterparts in the other report
// and scrolls them into view. Loaded from 'self' (the CSP allows no inline script); works with
// htmx swaps because every listener is delegated from the document.
;(function () {
  'use strict'

  function clearSelection() {
    document.querySelectorAll('.claim.selected, .claim.peer').forEach(function (el) {
      el.classList.remove('selected', 'peer')
      el.removeAttribute('aria-current')
    })
  }

  function peersOf(claim) {
    var ids = (claim.getAttribute('data-peers') || '').split(' ').filter(Boolean)
    return ids
      .map(function (id) {
        return document.getElementById(id)
      })
      .filter(Boolean)
  }

  // Side by side each column scrolls on its own: scroll only the counterpart's column, so the
  // clicked claim stays where it is. Stacked (phones), fall back to the nearest page scroll.
  function reveal(peer) {
    var column = peer.closest('.column')
    var scrolls = column && getComputedStyle(column).overflowY === 'auto' && column.scrollHeight > column.clientHeight
    if (!scrolls) return peer.scrollIntoView({ block: 'nearest', behavior: 'smooth' })
    var head = column.querySelector('.column-head')
    var top = peer.getBoundingClientRect().top - column.getBoundingClientRect().top
    var offset = (head ? head.offsetHeight : 0) + 24
    column.scrollBy({ top: top - offset, behavior: 'smooth' })
  }

  // Selects the claim with this id; `scrollSelf` also brings the claim itself into view (links).
  function select(id, scrollSelf) {
    var claim = id ? document.getElementById(id) : null
    if (!claim || !claim.classList.contains('claim')) return false
    clearSelection()
    claim.classList.add('selected')
    claim.setAttribute('aria-current', 'true')
    var peers = peersOf(claim)
    peers.forEach(function (peer) {
      peer.classList.add('peer')
    })
    var live = document.getElementById('selection-status')
    if (live) {
      live.textContent = peers.length
        ? 'Selected claim ' + id + '; counterpart ' + peers.map(function (p) { return p.id }).join(', ') + ' highlighted.'
        : 'Selected claim ' + id + '; the other report has no counterpart.'
    }
    if (scrollSelf) claim.scrollIntoView({ block: 'center' })
    if (peers[0]) reveal(peers[0])
    if (location.hash !== '#' + id) history.replaceState(history.state, '', '#' + id)
    return true
  }

  document.addEventListener('click', function (event) {
    var claim = event.target.closest && event.target.closest('.claim[id]')
    if (claim && !claim.closest('.legend')) select(claim.id, false)
  })

  document.addEventListener('focusin', function (event) {
    var claim = event.target.closest && event.target.closest('.claim[id]')
    if (claim && !claim.classList.contains('selected')) select(claim.id, false)
  })

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') clearSelection()
  })

  function fromHash() {
    var id = decodeURIComponent(location.hash.slice(1))
    if (id) select(id, true)
  }

  window.addEventListener('hashchange', fromHash)
  document.addEventListener('DOMContentLoaded', fromHash)
  // After a filter swap, keep the selection if the claim is still on the page.
  document.addEventListener('htmx:afterSettle', fromHash)

  document.addEventListener('focusin', function (event) {
    if (event.target.id === 'share-url') event.target.select()
  })
})()
