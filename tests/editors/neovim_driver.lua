-- Run inside headless Neovim after the README's set-up: wait for smartlint's
-- diagnostics on the current buffer, ask for the code action at the text
-- $SMARTLINT_CURSOR_AT as a user would (vim.lsp.buf.code_action, its menu
-- answered with the first entry), wait for the edit, then write what happened
-- to $SMARTLINT_REPORT as JSON and quit.
local report = { diagnostics = {}, offered = {} }
local buf = vim.api.nvim_get_current_buf()
local patience = 120000 -- the first lint loads the language pipeline

local function finish(problem)
  report.problem = problem
  report.lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  local file = io.open(os.getenv("SMARTLINT_REPORT"), "w")
  file:write(vim.fn.json_encode(report))
  file:close()
  vim.cmd("qall!")
end

if not vim.wait(patience, function() return #vim.diagnostic.get(buf) > 0 end, 50) then
  return finish("no diagnostics")
end
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(report.diagnostics, { code = d.code, lnum = d.lnum, col = d.col, end_col = d.end_col })
end

local needle = os.getenv("SMARTLINT_CURSOR_AT")
local before = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
for row, line in ipairs(before) do
  local col = line:find(needle, 1, true)
  if col then
    vim.api.nvim_win_set_cursor(0, { row, col }) -- byte column, 0-based: one byte in
    break
  end
end

local chose = false
vim.ui.select = function(items, opts, on_choice)
  for _, item in ipairs(items) do
    local action = item[2] or item.action or item
    table.insert(report.offered, action.title)
  end
  chose = true
  on_choice(items[1], 1)
end
vim.lsp.buf.code_action()
if not vim.wait(patience, function() return chose end, 50) then
  return finish("no code action offered")
end
local changed = vim.wait(patience, function()
  return not vim.deep_equal(vim.api.nvim_buf_get_lines(buf, 0, -1, false), before)
end, 50)
if changed then
  finish(nil)
else
  finish("the code action changed nothing")
end
