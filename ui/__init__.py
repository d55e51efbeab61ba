"""The Qt desktop layer of SIMPEG Luring (``simpeg-gui``): calls app.services, never app.db."""
