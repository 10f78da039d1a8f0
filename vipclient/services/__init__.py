"""What screens call: queries returning plain rows, commands that enqueue outbox rows.

Services never touch Qt widgets; the GUI never touches SQL sessions or HTTP. The composition
root (``vipclient.app``) builds them and hands them to screens inside an ``AppContext``.
"""
