#include "runtime/imgui_bridge.h"

#include <backends/imgui_impl_opengl2.h>
#include <imgui.h>

#include <SFML/Window/Clipboard.hpp>
#include <cfloat>
#include <cstring>
#include <iterator>
#include <set>
#include <vector>

namespace frontline::runtime {
namespace {

std::string g_clipboard;

const char* getClipboard(void*) {
    auto utf32 = sf::Clipboard::getString();
    g_clipboard.clear();
    sf::Utf32::toUtf8(utf32.begin(), utf32.end(), std::back_inserter(g_clipboard));
    return g_clipboard.c_str();
}

void setClipboard(void*, const char* text) {
    sf::Clipboard::setString(sf::String::fromUtf8(text, text + std::strlen(text)));
}

int mouseIndex(sf::Mouse::Button b) {
    switch (b) {
        case sf::Mouse::Left:
            return 0;
        case sf::Mouse::Right:
            return 1;
        case sf::Mouse::Middle:
            return 2;
        case sf::Mouse::XButton1:
            return 3;
        case sf::Mouse::XButton2:
            return 4;
        default:
            return -1;
    }
}

}  // namespace

ImGuiBridge::~ImGuiBridge() {
    if (!m_initialised) return;
    ImGui_ImplOpenGL2_Shutdown();
    ImGui::DestroyContext();
}

void ImGuiBridge::init(sf::RenderWindow& window) {
    if (m_initialised) return;
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    using K = sf::Keyboard;
    io.KeyMap[ImGuiKey_Tab] = K::Tab;
    io.KeyMap[ImGuiKey_LeftArrow] = K::Left;
    io.KeyMap[ImGuiKey_RightArrow] = K::Right;
    io.KeyMap[ImGuiKey_UpArrow] = K::Up;
    io.KeyMap[ImGuiKey_DownArrow] = K::Down;
    io.KeyMap[ImGuiKey_PageUp] = K::PageUp;
    io.KeyMap[ImGuiKey_PageDown] = K::PageDown;
    io.KeyMap[ImGuiKey_Home] = K::Home;
    io.KeyMap[ImGuiKey_End] = K::End;
    io.KeyMap[ImGuiKey_Insert] = K::Insert;
    io.KeyMap[ImGuiKey_Delete] = K::Delete;
    io.KeyMap[ImGuiKey_Backspace] = K::BackSpace;
    io.KeyMap[ImGuiKey_Space] = K::Space;
    io.KeyMap[ImGuiKey_Enter] = K::Enter;
    io.KeyMap[ImGuiKey_Escape] = K::Escape;
    io.KeyMap[ImGuiKey_KeyPadEnter] = K::Enter;
    io.KeyMap[ImGuiKey_A] = K::A;
    io.KeyMap[ImGuiKey_C] = K::C;
    io.KeyMap[ImGuiKey_V] = K::V;
    io.KeyMap[ImGuiKey_X] = K::X;
    io.KeyMap[ImGuiKey_Y] = K::Y;
    io.KeyMap[ImGuiKey_Z] = K::Z;
    io.GetClipboardTextFn = getClipboard;
    io.SetClipboardTextFn = setClipboard;
    io.ClipboardUserData = nullptr;
    ImGui::StyleColorsDark();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 8;
    style.FrameRounding = 5;
    style.WindowPadding = ImVec2(14, 12);
    style.ItemSpacing = ImVec2(10, 7);
    ImGui_ImplOpenGL2_Init();
    window.setKeyRepeatEnabled(true);
    m_initialised = true;
}

bool ImGuiBridge::setFont(const std::string& fontPath, int faceIndex, float pixelSize, std::string_view usedText) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(io.Fonts->GetGlyphRangesDefault());
    static const char* uiPunctuation = "·…—–“”‘’「」『』（）《》，。、；：？！％→←↑↓×✓";
    builder.AddText(uiPunctuation);
    builder.AddText(usedText.data(), usedText.data() + usedText.size());
    static ImVector<ImWchar> ranges;  // must outlive the atlas build
    ranges.clear();
    builder.BuildRanges(&ranges);
    ImFontConfig config;
    config.FontNo = faceIndex;
    config.OversampleH = 1;
    config.OversampleV = 1;
    ImFont* font = io.Fonts->AddFontFromFileTTF(fontPath.c_str(), pixelSize, &config, ranges.Data);
    if (!font) {
        io.Fonts->AddFontDefault();
        m_fontDirty = true;
        return false;
    }
    m_fontDirty = true;
    return true;
}

void ImGuiBridge::processEvent(const sf::Event& event) {
    if (!m_initialised) return;
    ImGuiIO& io = ImGui::GetIO();
    switch (event.type) {
        case sf::Event::KeyPressed:
        case sf::Event::KeyReleased:
            if (event.key.code != sf::Keyboard::Unknown && event.key.code >= 0 && event.key.code < 512)
                m_pending.push_back({event.key.code, event.type == sf::Event::KeyPressed, false});
            break;
        case sf::Event::MouseButtonPressed:
        case sf::Event::MouseButtonReleased:
            if (int i = mouseIndex(event.mouseButton.button); i >= 0) {
                m_mouse = {event.mouseButton.x, event.mouseButton.y};
                m_pending.push_back({i, event.type == sf::Event::MouseButtonPressed, true});
            }
            break;
        case sf::Event::MouseMoved:
            m_mouse = {event.mouseMove.x, event.mouseMove.y};
            m_mouseInside = true;
            break;
        case sf::Event::MouseLeft:
            m_mouseInside = false;
            break;
        case sf::Event::MouseEntered:
            m_mouseInside = true;
            break;
        case sf::Event::MouseWheelScrolled:
            if (event.mouseWheelScroll.wheel == sf::Mouse::VerticalWheel)
                m_wheel += event.mouseWheelScroll.delta;
            else
                m_wheelH += event.mouseWheelScroll.delta;
            break;
        case sf::Event::TextEntered:
            if (event.text.unicode >= 32 && event.text.unicode != 127) io.AddInputCharacter(event.text.unicode);
            break;
        case sf::Event::GainedFocus:
            io.AddFocusEvent(true);
            break;
        case sf::Event::LostFocus:
            io.AddFocusEvent(false);
            break;
        default:
            break;
    }
}

void ImGuiBridge::newFrame(const sf::RenderWindow& window, float dt) {
    ImGuiIO& io = ImGui::GetIO();
    // One state change per key or button per frame; later changes to the same one wait for the next frame.
    std::set<std::pair<bool, int>> touched;
    std::deque<Change> carried;
    for (const Change& c : m_pending) {
        auto key = std::make_pair(c.mouse, c.index);
        if (touched.count(key)) {
            carried.push_back(c);
            continue;
        }
        touched.insert(key);
        if (c.mouse)
            io.MouseDown[c.index] = c.down;
        else
            io.KeysDown[c.index] = c.down;
    }
    m_pending = std::move(carried);
    io.KeyCtrl = io.KeysDown[sf::Keyboard::LControl] || io.KeysDown[sf::Keyboard::RControl];
    io.KeyShift = io.KeysDown[sf::Keyboard::LShift] || io.KeysDown[sf::Keyboard::RShift];
    io.KeyAlt = io.KeysDown[sf::Keyboard::LAlt] || io.KeysDown[sf::Keyboard::RAlt];
    io.KeySuper = io.KeysDown[sf::Keyboard::LSystem] || io.KeysDown[sf::Keyboard::RSystem];
    io.MouseWheel = m_wheel;
    io.MouseWheelH = m_wheelH;
    m_wheel = m_wheelH = 0;
    io.MousePos = m_mouseInside ? ImVec2(static_cast<float>(m_mouse.x), static_cast<float>(m_mouse.y))
                                : ImVec2(-FLT_MAX, -FLT_MAX);
    auto size = window.getSize();
    io.DisplaySize = ImVec2(static_cast<float>(size.x), static_cast<float>(size.y));
    io.DeltaTime = dt > 0 ? dt : 1.0f / 60.0f;
    if (m_fontDirty) {
        ImGui_ImplOpenGL2_DestroyFontsTexture();
        ImGui_ImplOpenGL2_CreateFontsTexture();
        io.Fonts->ClearTexData();
        m_fontDirty = false;
    }
    ImGui_ImplOpenGL2_NewFrame();
    ImGui::NewFrame();
}

void ImGuiBridge::render(sf::RenderWindow& window) {
    ImGui::Render();
    window.pushGLStates();
    ImGui_ImplOpenGL2_RenderDrawData(ImGui::GetDrawData());
    window.popGLStates();
}

bool ImGuiBridge::wantsMouse() const {
    return m_initialised && ImGui::GetIO().WantCaptureMouse;
}
bool ImGuiBridge::wantsKeyboard() const {
    return m_initialised && ImGui::GetIO().WantCaptureKeyboard;
}

}  // namespace frontline::runtime
