"""Signal connections that are undone together, so unload leaves none behind."""


class Connections:
    def __init__(self):
        self._pairs = []

    def connect(self, signal, slot):
        signal.connect(slot)
        self._pairs.append((signal, slot))

    def disconnect_all(self):
        while self._pairs:
            signal, slot = self._pairs.pop()
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass  # the sender is gone already

    def __len__(self):
        return len(self._pairs)
