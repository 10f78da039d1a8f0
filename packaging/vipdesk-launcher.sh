#!/bin/sh
# /usr/bin/vipdesk: starts the bundle installed under /opt/vipdesk.
exec /opt/vipdesk/vipdesk "$@"
